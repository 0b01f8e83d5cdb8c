def log = new File(basedir, 'build.log').text
// Sample 1 matches; sample 2's scores are all within 5 % but washer and bracket swapped places.
assert log =~ /WA-20220617-XYZ-02\/RT-1\s+\/ \(rank\)\s+washer > bracket > bolt > flange > housing\s+bracket > washer > bolt > flange > housing\s+-\s+-\s+top-1 flip: washer -> bracket/
assert !(log =~ /WA-20220617-XYZ-02\/RT-1\s+\/washer\s/) : 'each score is within tolerance'
// Sample 3: a label left the top 5 and another came in.
assert log =~ /WA-20220618-KLM-03\/RT-1\s+\/gear\s+0\.0801\s+-/
assert log.contains("missing key 'gear'")
assert log.contains("unexpected key 'housing'")
assert log.contains('3 samples, 19 values compared: 16 passed, 3 diverged, 0 errors')
def obtained = new groovy.json.JsonSlurper().parse(new File(basedir, 'target/predcheck/classifier/obtained.json'))
assert obtained['WA-20220617-XYZ-02/RT-1'].bracket == 0.2936648726463318
def xml = new File(basedir, 'target/predcheck/classifier/TEST-predcheck-classifier.xml').text
assert xml.contains('top-1 flip: washer -&gt; bracket')
return true
