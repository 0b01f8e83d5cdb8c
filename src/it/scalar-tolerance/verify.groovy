def log = new File(basedir, 'build.log').text
// Goldens 0.5 % off pass a relative tolerance of 1e-2, and the errors show how far they are.
assert log =~ /predcheck \[drawing\]: 8 samples, 16 values compared: 16 passed, 0 diverged, 0 errors/
assert log.contains('BUILD SUCCESS')
return true
