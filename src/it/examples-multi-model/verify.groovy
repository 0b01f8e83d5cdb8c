// Two model APIs checked at once (-T 2) each get their own report, and the one divergence is parts' alone.
import groovy.json.JsonSlurper

def copy = new File(basedir, 'multi-model')
def log = new File(basedir, 'build.log').text
def summary = { String module, String run, String id -> new JsonSlurper().parse(new File(copy, "${module}/target/${run}/${id}/summary.json")) }
def junit = { String module, String run, String id -> new groovy.xml.XmlSlurper().parse(new File(copy, "${module}/target/${run}/${id}/TEST-predcheck-${id}.xml")) }
def label = new File(basedir, 'changed-label.txt').text

// 1. Both at once: each compose project on its own published port, both up at the same time.
assert log.contains('-p predcheck-thickness-thickness up -d --build api')
assert log.contains('-p predcheck-parts-parts up -d --build api')
def ports = (log =~ /Service 'api' publishes container port 7080 on host port (\d+)/).collect { it[1] }
assert ports.size() >= 2 && ports[0] != ports[1] : "ports: ${ports}"
def thickness = summary('thickness', 'all', 'thickness')
assert thickness.verdict == 'PASSED' : thickness
assert thickness.samples == 5 && thickness.passed == 5 && thickness.diverged == 0 && thickness.errors == 0
def parts = summary('parts', 'all', 'parts')
assert parts.verdict == 'FAILED' : parts
assert parts.samples == 5 && parts.diverged == 1 && parts.errors == 0 : parts
def partsJunit = junit('parts', 'all', 'parts')
assert partsJunit.@failures.text() == '1'
assert partsJunit.testcase.find { it.failure.size() > 0 }.@name.text() == 'WA-20220619-PQR-04/RT-1'
assert partsJunit.testcase.find { it.failure.size() > 0 }.failure.@message.text().contains(label)
assert junit('thickness', 'all', 'thickness').@failures.text() == '0'
assert log.contains('predcheck [thickness]: 5 samples, 5 values compared: 5 passed, 0 diverged, 0 errors')
assert log =~ /predcheck \[parts\]: 5 samples, \d+ values compared: \d+ passed, 1 diverged, 0 errors/

// 2. changedSince=main: the pull request changed parts' goldens only.
def skipped = summary('thickness', 'changed', 'thickness')
assert skipped.verdict == 'SKIPPED' : skipped
assert skipped.reason ==~ /nothing changed under thickness, pom.xml, requirements.txt, api\/Containerfile since [0-9a-f]{12}, the merge base of HEAD and main \(-Dpredcheck.changedSince=main\)/
def skippedJunit = junit('thickness', 'changed', 'thickness')
assert skippedJunit.@skipped.text() == '1' && skippedJunit.@failures.text() == '0'
assert skippedJunit.testcase.skipped.@message.text() == skipped.reason
assert log.contains('Skipping predcheck [thickness] because nothing changed under thickness')
assert log =~ /predcheck \[parts\] runs: 1 file changed since [0-9a-f]{12}, the merge base of HEAD and main: parts\/src\/test\/predcheck\/expected\/WA-20220619-PQR-04\/RT-1.json\./
assert summary('parts', 'changed', 'parts').verdict == 'FAILED'

// 3. -pl thickness: thickness alone.
assert summary('thickness', 'one', 'thickness').verdict == 'PASSED'
assert !new File(copy, 'parts/target/one').exists()

// Every compose project was taken down.
['predcheck-thickness-thickness', 'predcheck-parts-parts'].each { project ->
  def left = ['podman', 'ps', '-a', '-q', '--filter', "label=com.docker.compose.project=${project}"].execute().text.trim()
  assert left.isEmpty() : "containers of ${project} left: ${left}"
}
return true
