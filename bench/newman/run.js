// Runs the collection with Newman's library and exits when the run ends: the newman command waits
// for the keep-alive connection to be closed by the server (the JDK server's idle timeout, 30 s).
// usage: node run.js COLLECTION DATA_FILE ENDPOINT  (NODE_PATH: the folder newman is installed in)
// Prints one line: iterations, failed assertions, and the run's own start-to-end time in ms.
const newman = require('newman');
const [collection, data, endpoint] = process.argv.slice(2);
newman.run(
  { collection: require(require('path').resolve(collection)), iterationData: data, envVar: [{ key: 'endpoint', value: endpoint }], reporters: [] },
  (err, summary) => {
    if (err) {
      console.error('newman: ' + err.message);
      process.exit(2);
    }
    const run = summary.run;
    const failed = run.failures.length;
    console.log(`newman: ${run.stats.iterations.total} iterations, ${run.stats.assertions.total} assertions,`
      + ` ${failed} failed; run ${run.timings.completed - run.timings.started} ms`);
    process.exit(failed === 0 ? 0 : 1);
  });
