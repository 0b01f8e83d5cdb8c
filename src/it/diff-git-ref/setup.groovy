// A model API repository with two commits: main's, and a pull request's that changes what the API computes (the
// compose command resamples with nearest neighbour instead of bilinear). The pom, compose file and Containerfile are
// committed; the build's own files are ignored, as in a real repository.
evaluate(new File(basedir, '../../../src/test/compose/setup.groovy'))

def git = { String... args ->
  def command = ['git', '-c', 'user.name=predcheck-it', '-c', 'user.email=it@example.com'] + (args as List)
  def p = new ProcessBuilder(command).directory(basedir).redirectErrorStream(true).start()
  def out = p.inputStream.text
  assert p.waitFor() == 0 : "${command.join(' ')}: ${out}"
  return out
}
new File(basedir, '.gitignore').text = 'target/\n*.log\n'
def compose = new File(basedir, 'docker-compose.yml')
git('init', '-q', '-b', 'main')
git('add', '-A')
git('commit', '-q', '-m', 'the model API')
compose.text = compose.text.replace('"--bind=0.0.0.0"]', '"--bind=0.0.0.0", "--interpolation=nearest"]')
assert compose.text.contains('nearest')
git('commit', '-q', '-a', '-m', 'resample with nearest neighbour')
return true
