// Outputs found by name although the server lists them in reverse order, by pointer and in JSON goldens.
def log = new File(basedir, 'build.log').text
if (log.contains('--interpolation=nearest')) {
  // A changed prediction fails the build, and the JSON golden names it by its output's name.
  // drawing-json runs first and fails the build: its diverged values are named by output name.
  assert log =~ /predcheck \[drawing-json\]: 8 samples, \d+ values compared: \d+ passed, \d+ diverged, 0 errors/
  assert log.contains('/outputs/[name=thickness]/data/0')
  assert log.contains('BUILD FAILURE')
  return true
}
assert log.contains('predcheck [drawing-csv]: 8 samples, 16 values compared: 16 passed, 0 diverged, 0 errors')
assert log =~ /predcheck \[drawing-json\]: 8 samples, \d+ values compared: (\d+) passed, 0 diverged, 0 errors/
assert log.contains('--v2-outputs-reversed')
def obtained = new File(basedir, 'target/predcheck/drawing-json/obtained.json')
assert obtained.exists()
def summary = new groovy.json.JsonSlurper().parse(new File(basedir, 'target/predcheck/drawing-json/summary.json'))
assert summary.toString().contains('/outputs/[name=thickness]/data/*') : summary
return true
