def log = new File(basedir, 'build.log').text
['predcheck:check', 'predcheck:record', 'predcheck:verify', 'predcheck:report', 'predcheck:diff', 'predcheck:calibrate', 'predcheck:help'].each { assert log.contains(it) : "goal $it" }
// Every user property of the plugin is documented by the help goal.
def constants = new File(basedir, '../../../src/main/java/io/github/predcheck/maven/UserProperties.java').text
def properties = (constants =~ /"(predcheck\.[A-Za-z.]+)"/).collect { it[1] }
assert properties.size() > 15
properties.each { assert log.contains("User property: $it") : "help does not document $it" }
assert log.contains('numpy.isclose')
return true
