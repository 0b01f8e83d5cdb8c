def log = new File(basedir, 'build.log').text
assert log =~ /The API container \S+ exited with code 3 before it was ready/
assert log.contains('failing at start with exit code 3')
def seconds = (log =~ /Total time:\s+([\d.]+) s/)[0][1] as double
assert seconds < 60 : "failed after $seconds s: it waited instead of noticing the exit"

// down ran: no container of the project is left.
def project = 'predcheck-compose-exits-drawing'
def left = ['podman', 'ps', '-a', '-q', '--filter', "label=com.docker.compose.project=${project}"].execute().text.trim()
assert left.isEmpty() : "containers left: ${left}"
return true
