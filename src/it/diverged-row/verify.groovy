def log = new File(basedir, 'build.log').text
assert log.contains('16 values compared: 15 passed, 1 diverged, 0 errors')
// The divergent row, with the golden value, what came back, and the errors.
assert log =~ /WA-20220618-KLM-03\/RT-1\s+thickness\s+13\.3\s+13\.264928817749023\s+0\.0351\s+0\.00264\s+0\.000133/
assert log.contains('Predictions of [drawing] do not match the golden file: 1 diverged, 0 errors')
// The failure says the exact command that would accept the obtained values.
assert log =~ /on project diverged-row: Predictions .* If the change is intended, record the obtained values into the golden file with: mvn predcheck:record@drawing -Dpredcheck.record=failing/
def obtained = new File(basedir, 'target/predcheck/drawing/obtained.csv').text
assert obtained.contains('WA-20220618-KLM-03/RT-1,13.264928817749023,thickness')
assert obtained == new File(basedir, '../../../src/it/demo/src/test/predcheck/golden.csv').text

// Nothing the plugin started outlives the build.
def pids = (log =~ /Started the API \(pid (\d+)\)/).collect { it[1] as long }
assert !pids.isEmpty()
pids.each { pid -> assert !ProcessHandle.of(pid).map { it.isAlive() }.orElse(false) : "API process $pid is still alive" }

// JUnit XML as Surefire writes it, valid against Surefire's schema, one testcase per sample.
def xml = new File(basedir, 'target/predcheck/drawing/TEST-predcheck-drawing.xml')
def xsd = new File(basedir, '../../../src/test/resources/xsd/surefire-test-report-3.0.xsd')
def schema = javax.xml.validation.SchemaFactory.newInstance(javax.xml.XMLConstants.W3C_XML_SCHEMA_NS_URI).newSchema(xsd)
schema.newValidator().validate(new javax.xml.transform.stream.StreamSource(xml))
def suite = new groovy.xml.XmlSlurper().parse(xml)
assert suite.@tests == '8'
assert suite.@failures == '1'
assert suite.testcase.find { it.@name == 'WA-20220618-KLM-03/RT-1' }.failure.text().contains('13.264928817749023')

def html = new File(basedir, 'target/predcheck/drawing/report.html').text
assert html.contains('<svg') && html.contains('WA-20220618-KLM-03/RT-1')
def summary = new File(basedir, 'step-summary.md').text
assert summary.contains('WA-20220618-KLM-03/RT-1') && summary.contains('report.html')
return true
