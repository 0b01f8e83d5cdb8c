def log = new File(basedir, 'build.log').text
assert log.contains(': 0 samples rewritten, 2 new samples added.')
// The existing golden keeps its bytes, its own formatting included.
assert new File(basedir, 'expected/WA-20220616-ABC-01/RT-1.json').bytes == new File(basedir, 'RT-1.before').bytes
def added = new groovy.json.JsonSlurper().parse(new File(basedir, 'expected/WA-20220618-KLM-03/RT-1.json'))
assert added.keySet() as List == ['washer', 'bracket', 'flange', 'bolt', 'housing']
assert added.washer == 0.3214001953601837
assert new File(basedir, 'expected/WA-20220617-XYZ-02/RT-1.json').isFile()
return true
