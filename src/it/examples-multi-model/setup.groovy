// The example as a user's repository: a copy of examples/multi-model, committed on main (the base a pull request
// is compared with), then one commit on a branch that changes a golden value of parts only, as a pull request
// that breaks one model API would. The example's image needs a static busybox next to its Containerfile.
import java.nio.file.Files
import java.nio.file.StandardCopyOption

def example = new File(basedir, '../../../examples/multi-model').canonicalFile
def copy = new File(basedir, 'multi-model')
copy.deleteDir()
example.eachFileRecurse { f ->
  def rel = example.toPath().relativize(f.toPath())
  if (rel.iterator().any { it.toString() == 'target' }) return
  def to = copy.toPath().resolve(rel)
  if (f.isDirectory()) {
    Files.createDirectories(to)
  } else {
    Files.createDirectories(to.parent)
    Files.copy(f.toPath(), to, StandardCopyOption.REPLACE_EXISTING)
  }
}
Files.copy(new File('/bin/busybox').toPath(), new File(copy, 'api/busybox').toPath(), StandardCopyOption.REPLACE_EXISTING)

def git = { String... args ->
  def command = ['git', '-c', 'user.name=predcheck-it', '-c', 'user.email=it@example.com'] + (args as List)
  def p = new ProcessBuilder(command).directory(copy).redirectErrorStream(true).start()
  def out = p.inputStream.text
  assert p.waitFor() == 0 : "${command.join(' ')}: ${out}"
  return out
}
git('init', '-q', '-b', 'main')
git('add', '-A')
git('commit', '-q', '-m', 'two model APIs')
git('checkout', '-q', '-b', 'pull-request')

// One expected probability of one drawing made 10 % higher: that sample, and no other, diverges.
def golden = new File(copy, 'parts/src/test/predcheck/expected/WA-20220619-PQR-04/RT-1.json')
def json = new groovy.json.JsonSlurper().parse(golden)
def label = json.keySet().first()
json[label] = json[label] * 1.1
golden.text = groovy.json.JsonOutput.prettyPrint(groovy.json.JsonOutput.toJson(json)) + '\n'
new File(basedir, 'changed-label.txt').text = label
git('commit', '-q', '-a', '-m', 'parts: a golden value that the API no longer gives')
return true
