// The changed thickness and the missing output are reported by output name, whatever the order.
def log = new File(basedir, 'build.log').text
assert log.contains('BUILD FAILURE')
assert log =~ /predcheck \[drawing\]: 1 sample, \d+ values compared: \d+ passed, 2 diverged, 0 errors/
assert log =~ /\/outputs\/\[name=thickness\]\/data\/0\s+8(\.0)?\s+8\.38376/
assert log.contains("missing output 'height'")
return true
