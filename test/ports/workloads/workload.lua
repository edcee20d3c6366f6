-- The Lua port's sample workload (test/ports): closures, tables, sorting,
-- string patterns and coroutines, each checked, then one summary line.
local function counter()
  local n = 0
  return function() n = n + 1; return n end
end
local c = counter()
c(); c()
assert(c() == 3, "closures")

local t = {}
for i = 1, 100 do t[i] = (i * 37) % 101 end
table.sort(t)
for i = 2, #t do assert(t[i - 1] <= t[i], "sort") end

local words = {}
for w in ("the quick brown fox"):gmatch("%a+") do words[#words + 1] = w:upper() end
assert(table.concat(words, ",") == "THE,QUICK,BROWN,FOX", "patterns")

local co = coroutine.wrap(function() for i = 1, 3 do coroutine.yield(i * i) end end)
assert(co() + co() + co() == 14, "coroutines")

local fib = {1, 1}
for i = 3, 50 do fib[i] = fib[i - 1] + fib[i - 2] end
print(string.format("lua workload: ok, fib(50) = %d, %s", fib[50], _VERSION))
