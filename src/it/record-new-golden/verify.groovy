def log = new File(basedir, 'build.log').text
assert log.contains('does not exist yet: recording every sample into a new one.')
assert log.contains(': 0 rows rewritten, 8 new samples added (32 rows).')
def golden = new File(basedir, 'src/test/predcheck/golden.csv').readLines()
assert golden[0] == 'id,pred,name'
assert golden[1] == 'WA-20220616-ABC-01/RT-1,8.383764266967773,thickness'
assert golden.contains('WA-20220618-KLM-03/RT-1,copper,material')
assert golden.contains('WA-20220618-KLM-03/RT-1,true,valid')
// The second build checks against what was recorded.
assert log.contains('8 samples, 32 values compared: 32 passed, 0 diverged, 0 errors')
return true
