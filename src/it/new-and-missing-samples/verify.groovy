def log = new File(basedir, 'build.log').text
assert log.contains("no sample file for id 'WA-20990101-GONE-09/RT-1'")
assert log.contains('1 sample has no golden rows yet (NEW): WA-20220618-KLM-03/RT-1')
assert log.contains('0 diverged, 1 error, 1 new sample without golden rows')
assert log.contains('mvn predcheck:record@drawing -Dpredcheck.record=missing')
def obtained = new File(basedir, 'target/predcheck/drawing/obtained.csv').text
assert obtained.contains('WA-20220618-KLM-03/RT-1,13.264928817749023,thickness')
return true
