// Every drawing went out as a KServe v1 JSON request and its predictions matched the goldens.
def log = new File(basedir, 'build.log').text
assert log.contains('predcheck [drawing]: 8 samples, 16 values compared: 16 passed, 0 diverged, 0 errors')
assert log.contains('/v1/models/drawing:predict')
return true
