// Compose mode needs a container engine: skipped, with the reason, where there is none.
def missing = ['podman', 'podman-compose'].findAll { tool ->
  !System.getenv('PATH').split(File.pathSeparator).any { new File(it, tool).canExecute() }
}
if (!new File('/bin/busybox').canExecute()) missing << 'busybox-static'
if (missing) {
  println "SKIPPED ${basedir.name}: ${missing.join(', ')} not installed (bash .ci/install-container-engine.sh installs them)"
  return false
}
return true
