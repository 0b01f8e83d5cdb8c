return evaluate(new File(basedir, '../../../src/test/compose/setup.groovy'))
