tools = ['podman', 'docker', 'docker-compose']
return evaluate(new File(basedir, '../../../src/test/compose/selector.groovy'))
