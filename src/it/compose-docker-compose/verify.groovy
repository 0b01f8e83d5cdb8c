def log = new File(basedir, 'build.log').text
assert log.contains('Starting the API: docker-compose -f ')
assert log.contains('16 values compared: 15 passed, 1 diverged, 0 errors')
assert log =~ /WA-20220620-DEF-05\/RT-2\s+width\s+86\.9\s+86\.85189056396484/
assert log.contains('down --volumes --remove-orphans')
assert log.contains('Stopped the API: docker-compose')

// down ran: no container of the project is left.
def project = 'predcheck-compose-docker-compose-drawing'
def left = ['podman', 'ps', '-a', '-q', '--filter', "label=com.docker.compose.project=${project}"].execute().text.trim()
assert left.isEmpty() : "containers left: ${left}"

// Stop the podman service at once rather than waiting for its idle timeout.
def pid = new File(basedir, 'podman-service.pid').text as long
ProcessHandle.of(pid).ifPresent { it.destroy() }
return true
