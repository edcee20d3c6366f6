# ls: listings, -a, -A, -l (as ls -ln), files and directories.
mkdir -p d/sub; touch d/b d/a d/.hidden d/sub/x
printf 'twelve bytes' > d/a
chmod 755 d/b
touch -t 202001021530 d/a d/b d/.hidden d/sub d
ls d
ls -a d
ls -A d
ls -1 d
ls d/a d/b
ls d/a d/sub
ls -d d d/sub
ls -ln d
ls -lnA d
ls -lnd d
ls missing 2>/dev/null; echo "missing $?"
ls d missing 2>/dev/null; echo "partly missing $?"
cd d && ls && cd ..
# (the link's own time is now: compare all but the date)
ln -s a d/link; ls -ln d | grep link | awk '{print $1, $2, $5, $(NF-2), $(NF-1), $NF}'
