# Lists: ;, &&, || and their short-circuit rules.
true && echo and-ran
false && echo never
false || echo or-ran
true || echo never
false && echo never || echo fallback
true && false || echo recovered
true && true && echo chain
false || false || echo last-resort
echo a; echo b; echo c
true &&
  echo continued-line
false ||
  echo continued-or
x=1; y=2; echo "$x$y"
echo end
