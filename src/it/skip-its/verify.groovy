def log = new File(basedir, 'build.log').text
assert log.contains('Skipping predcheck because property skipITs is set (integration tests are skipped).')
assert !log.contains('Started the API')
return true
