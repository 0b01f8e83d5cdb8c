// Shared by the compose-mode ITs: they need a container engine, and are skipped, with the reason,
// where there is none. The calling selector.groovy sets `tools`, the commands its build runs.
def missing = tools.findAll { tool ->
  !System.getenv('PATH').split(File.pathSeparator).any { new File(it, tool).canExecute() }
}
if (!new File('/bin/busybox').canExecute()) missing << 'busybox-static'
if (missing) {
  println "SKIPPED ${basedir.name}: ${missing.join(', ')} not installed (bash .ci/install-container-engine.sh installs them)"
  return false
}
return true
