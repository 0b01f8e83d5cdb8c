def log = new File(basedir, 'build.log').text
assert log.contains('Recorded (missing) into ')
assert log.contains(': 0 rows rewritten, 2 new samples added (4 rows).')
byte[] before = new File(basedir, 'golden.before').bytes
byte[] after = new File(basedir, 'golden.csv').bytes
assert after.length > before.length
assert Arrays.equals(Arrays.copyOf(after, before.length), before) : 'existing rows changed'
def added = new String(after, before.length, after.length - before.length, 'UTF-8')
assert added == """WA-20220620-DEF-05/RT-1,13.888474464416504,thickness
WA-20220620-DEF-05/RT-1,149.92613220214844,width
WA-20220620-DEF-05/RT-2,7.710641384124756,thickness
WA-20220620-DEF-05/RT-2,86.85189056396484,width
"""
assert !basedir.listFiles().any { it.name.endsWith('.tmp') } : 'a temporary file was left'
return true
