// The bundled demo passes: real inference matches the committed goldens.
def log = new File(basedir, 'build.log').text
if (log.contains('--interpolation=nearest')) {
  // README's "see it catch a change": the build must fail, every value diverged, the server stopped.
  assert log.contains('16 values compared: 0 passed, 16 diverged, 0 errors')
  assert log.contains('BUILD FAILURE')
  return true
}
assert log.contains('predcheck [drawing]: 8 samples, 16 values compared: 16 passed, 0 diverged, 0 errors')
assert log.contains('The API is ready')
assert log =~ /Stopped the API \(pid \d+\)/
def dir = new File(basedir, 'target/predcheck/drawing')
def golden = new File(basedir, 'src/test/predcheck/golden.csv').text
def obtained = new File(dir, 'obtained.csv').text
// Same rows in the same order and format; values equal within tolerance (ONNX Runtime may differ
// in the last bits on another CPU), which the "16 passed" line above already proves.
def ids = { text -> text.readLines().collect { it.split(',')[0] + ',' + it.split(',')[2] } }
assert ids(obtained) == ids(golden)
assert new File(dir, 'api.log').text.contains('listening on http://127.0.0.1:')
return true
