tools = ['podman', 'podman-compose']
return evaluate(new File(basedir, '../../../src/test/compose/selector.groovy'))
