import groovy.json.JsonSlurper

def log = new File(basedir, 'build.log').text
def run = { String... args ->
  def p = new ProcessBuilder(args as List).directory(basedir).redirectErrorStream(true).start()
  def out = p.inputStream.text
  assert p.waitFor() == 0 : "${args.join(' ')}: ${out}"
  return out
}
def summary = { dir -> new JsonSlurper().parse(new File(basedir, "target/${dir}/drawing/summary.json")) }

// HEAD~1 resamples with bilinear, HEAD with nearest: both started at once, each from its own tree; the diff fails.
def changed = summary('changed')
assert changed.verdict == 'FAILED' && changed.diverged > 0
assert changed.diff.baseline.startsWith('HEAD~1')
assert changed.diff.outputs.find { it.name == 'thickness' }.verdict == 'MOVED'
assert log =~ /Predictions of \[drawing\] moved from the baseline \(HEAD~1/
// Both compose projects were up at once: the baseline's from the worktree, the candidate's from here.
assert log.contains('target/predcheck-baseline/drawing')

// HEAD against itself: the same API passes.
def same = summary('same')
assert same.verdict == 'PASSED' && same.diverged == 0 && same.samples == 8

// Nothing left behind: no worktree, no folder, the repository's state as it was, no container.
assert run('git', 'worktree', 'list').readLines().size() == 1
assert !new File(basedir, 'target/predcheck-baseline/drawing').exists()
assert run('git', 'status', '--porcelain').trim().isEmpty()
assert run('git', 'rev-parse', '--abbrev-ref', 'HEAD').trim() == 'main'
assert run('git', 'log', '-1', '--format=%s').trim() == 'resample with nearest neighbour'
def containers = run('podman', 'ps', '-a', '--format', '{{.Names}}').readLines().findAll { it.contains('diff-git-ref') }
assert containers.isEmpty() : "containers left: ${containers}"
return true
