tools = ['podman', 'podman-compose', 'git']
return evaluate(new File(basedir, '../../../src/test/compose/selector.groovy'))
