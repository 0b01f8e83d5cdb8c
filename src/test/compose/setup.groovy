// Shared by the compose-mode ITs. The image is built from this folder's Containerfile, whose build
// context needs a static busybox (sh, wget): Debian's busybox-static has one.
import java.nio.file.Files
import java.nio.file.StandardCopyOption

def shared = new File(basedir, '../../../src/test/compose')
Files.copy(new File(shared, 'Containerfile').toPath(), new File(basedir, 'Containerfile').toPath(), StandardCopyOption.REPLACE_EXISTING)
Files.copy(new File('/bin/busybox').toPath(), new File(basedir, 'busybox').toPath(), StandardCopyOption.REPLACE_EXISTING)

if (binding.hasVariable('dockerApi') && dockerApi) {
  // docker-compose v1 talks to a Docker API: podman serves one on a socket. --time=60 makes the
  // service exit by itself once idle, so nothing outlives the build.
  def sock = new File(basedir, 'podman.sock')
  sock.delete()
  def service = new ProcessBuilder('podman', 'system', 'service', '--time=60', "unix://${sock.absolutePath}")
      .redirectErrorStream(true).redirectOutput(new File(basedir, 'podman-service.log')).start()
  def deadline = System.currentTimeMillis() + 20_000
  while (!sock.exists() && System.currentTimeMillis() < deadline) { Thread.sleep(100) }
  assert sock.exists() : 'podman system service did not create its socket: see podman-service.log'
  new File(basedir, 'podman-service.pid').text = service.pid()
}
return true
