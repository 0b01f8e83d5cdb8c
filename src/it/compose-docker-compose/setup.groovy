// The image's build context needs a static busybox (sh, wget); Debian's busybox-static has one.
java.nio.file.Files.copy(new File('/bin/busybox').toPath(), new File(basedir, 'busybox').toPath(),
    java.nio.file.StandardCopyOption.REPLACE_EXISTING)
// docker-compose v1 talks to a Docker API: podman serves one on a socket. --time=60 makes the service
// exit by itself once idle, so nothing outlives the build.
def sock = new File(basedir, 'podman.sock')
sock.delete()
def service = new ProcessBuilder('podman', 'system', 'service', '--time=60', "unix://${sock.absolutePath}")
    .redirectErrorStream(true).redirectOutput(new File(basedir, 'podman-service.log')).start()
def deadline = System.currentTimeMillis() + 20_000
while (!sock.exists() && System.currentTimeMillis() < deadline) { Thread.sleep(100) }
assert sock.exists() : 'podman system service did not create its socket: see podman-service.log'
new File(basedir, 'podman-service.pid').text = service.pid()

return true
