def log = new File(basedir, 'build.log').text
assert log.contains('Using compose command: podman-compose')
assert log =~ /Service 'api' publishes container port 7080 on host port \d+/
assert log.contains('predcheck [drawing]: 8 samples, 16 values compared: 16 passed, 0 diverged, 0 errors')
assert log.contains('Stopped the API: podman-compose -f ')
assert new File(basedir, 'target/predcheck/drawing/api.log').text.contains('predcheck demo model server listening on')

// down ran: no container of the project is left.
def project = 'predcheck-compose-podman-drawing'
def left = ['podman', 'ps', '-a', '-q', '--filter', "label=com.docker.compose.project=${project}"].execute().text.trim()
assert left.isEmpty() : "containers left: ${left}"
return true
