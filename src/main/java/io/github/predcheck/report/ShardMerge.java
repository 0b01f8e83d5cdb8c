package io.github.predcheck.report;

import io.github.predcheck.compare.SampleResult;
import io.github.predcheck.core.ConfigurationException;
import io.github.predcheck.core.Log;
import io.github.predcheck.core.RunException;
import io.github.predcheck.core.Setting;
import io.github.predcheck.core.Words;
import io.github.predcheck.golden.GoldenFile;
import io.github.predcheck.run.CheckResult;
import io.github.predcheck.run.Shard;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashSet;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import java.util.TreeSet;
import java.util.stream.Stream;

/**
 * Merges the results files of every shard of one execution, found anywhere under a folder (as CI
 * jobs' artifacts are downloaded into one), into the result one job would have had: the samples
 * with goldens in the goldens' order, then the new sample files by id. A shard missing or there
 * twice, shards of different splits, or results of other goldens are errors that name the files.
 */
public final class ShardMerge {
  private static final int MAX_NAMED = 10;

  private ShardMerge() {}

  public static CheckResult merge(Path folder, String executionId, GoldenFile<?> golden, Log log)
      throws ConfigurationException, RunException {
    Map<Integer, List<Path>> byIndex = new TreeMap<>();
    int count = shardCount(folder, executionId, byIndex);
    List<String> goldenIds = golden.sampleIds();
    SampleResult[] known = new SampleResult[goldenIds.size()];
    List<SampleResult> fresh = new ArrayList<>();
    Set<String> freshIds = new HashSet<>();
    Set<String> endpoints = new LinkedHashSet<>();
    long millis = 0;
    for (List<Path> files : byIndex.values()) {
      Path file = files.get(0);
      ResultsFile.Contents contents = read(file);
      ResultsFile.Header header = contents.header();
      if (header.goldenSamples() != goldenIds.size()) {
        throw changed(
            file,
            golden,
            "it was checked against "
                + Words.count(header.goldenSamples(), "golden sample")
                + ", and "
                + golden.path().getFileName()
                + " holds "
                + goldenIds.size());
      }
      millis = Math.max(millis, header.millis());
      if (header.endpoint() != null) {
        endpoints.add(header.endpoint());
      }
      for (ResultsFile.Entry e : contents.entries()) {
        SampleResult r = e.result();
        int belongs = Shard.of(r.id(), count);
        if (belongs != header.shard().index()) {
          throw new ConfigurationException(
              file
                  + " holds sample '"
                  + r.id()
                  + "', which belongs to shard "
                  + belongs
                  + "/"
                  + count
                  + ", not "
                  + header.shard()
                  + ": the file was renamed or mixed with another run's. Download the shards' results"
                  + " again.");
        }
        Integer p = e.position();
        if (!r.known()) {
          if (!freshIds.add(r.id())) {
            throw twice(file, r.id());
          }
          fresh.add(r);
        } else if (p == null || p < 0 || p >= known.length) {
          throw changed(file, golden, "they hold no sample '" + r.id() + "' at position " + p);
        } else if (!goldenIds.get(p).equals(r.id())) {
          throw changed(
              file,
              golden,
              "sample '"
                  + r.id()
                  + "' was at position "
                  + p
                  + " of the golden samples, where they hold '"
                  + goldenIds.get(p)
                  + "' now");
        } else if (known[p] != null) {
          throw twice(file, r.id());
        } else {
          known[p] = r;
        }
      }
    }
    List<String> unchecked = new ArrayList<>();
    for (int i = 0; i < known.length; i++) {
      if (known[i] == null) {
        unchecked.add(goldenIds.get(i));
      }
    }
    if (!unchecked.isEmpty()) {
      throw new ConfigurationException(
          Words.count(unchecked.size(), "golden sample")
              + " of "
              + golden.path()
              + " have no result in any shard: "
              + Words.cut(unchecked, MAX_NAMED)
              + ". The goldens changed since the shards ran: run them again.");
    }
    List<SampleResult> all = new ArrayList<>(List.of(known));
    // After the goldens, in the order the samples folder lists them: by id.
    fresh.sort(Comparator.comparing(SampleResult::id));
    all.addAll(fresh);
    log.info(
        "Merged "
            + Words.count(count, "shard")
            + " of ["
            + executionId
            + "] from "
            + folder
            + ": "
            + Words.count(all.size(), "sample")
            + ".");
    return new CheckResult(
        executionId,
        golden,
        all,
        millis,
        endpoints.isEmpty() ? null : String.join(", ", endpoints));
  }

  /**
   * Finds this execution's shard files, fills {@code byIndex} with them, and returns the number of
   * shards they were split into; refuses a split that is not whole.
   */
  private static int shardCount(Path folder, String executionId, Map<Integer, List<Path>> byIndex)
      throws ConfigurationException, RunException {
    Map<Integer, List<Path>> byCount = new TreeMap<>();
    Set<String> others = new TreeSet<>();
    for (Path file : candidates(folder)) {
      ResultsFile.Header h;
      try {
        h = ResultsFile.header(file);
      } catch (IOException e) {
        throw unreadable(file, e);
      }
      if (h.shard() == null) {
        continue;
      }
      if (!h.execution().equals(executionId)) {
        others.add(h.execution());
        continue;
      }
      byCount.computeIfAbsent(h.shard().count(), k -> new ArrayList<>()).add(file);
      byIndex.computeIfAbsent(h.shard().index(), k -> new ArrayList<>()).add(file);
    }
    if (byCount.isEmpty()) {
      throw new ConfigurationException(
          "No shard results of ["
              + executionId
              + "] in "
              + folder
              + " ("
              + Setting.SHARD_RESULTS
              + ")"
              + (others.isEmpty() ? "" : "; it holds those of " + others)
              + ". Collect every shard job's report folder there: a check with "
              + Setting.SHARD
              + " writes "
              + executionId
              + "/shard-2of4/"
              + Shard.fileName(new Shard(2, 4), ResultsFile.fileName(executionId))
              + ".");
    }
    if (byCount.size() > 1) {
      StringBuilder runs = new StringBuilder();
      byCount.forEach(
          (n, files) ->
              runs.append(runs.length() == 0 ? "" : "; ")
                  .append("into ")
                  .append(n)
                  .append(": ")
                  .append(names(files)));
      throw new ConfigurationException(
          "The shard results of ["
              + executionId
              + "] in "
              + folder
              + " come from runs split into different numbers of shards: "
              + runs
              + ". Keep one run's files: collect them into an empty folder.");
    }
    int count = byCount.keySet().iterator().next();
    for (Map.Entry<Integer, List<Path>> e : byIndex.entrySet()) {
      if (e.getValue().size() > 1) {
        throw new ConfigurationException(
            "Shard "
                + e.getKey()
                + "/"
                + count
                + " of ["
                + executionId
                + "] is there more than once: "
                + names(e.getValue())
                + ". Keep one of them (a job that ran twice leaves two).");
      }
    }
    List<String> missing = new ArrayList<>();
    for (int i = 1; i <= count; i++) {
      if (!byIndex.containsKey(i)) {
        missing.add(i + "/" + count);
      }
    }
    if (!missing.isEmpty()) {
      throw new ConfigurationException(
          (missing.size() == 1 ? "Shard " : "Shards ")
              + String.join(", ", missing)
              + " of ["
              + executionId
              + "] "
              + (missing.size() == 1 ? "is" : "are")
              + " missing from "
              + folder
              + ", which holds "
              + byIndex.keySet().stream().map(i -> i + "/" + count).toList()
              + ". Collect the missing jobs' results there, or run them again, e.g. with "
              + Setting.SHARD.is(missing.get(0))
              + ": a merge without them would pass samples nobody checked.");
    }
    return count;
  }

  private static List<Path> candidates(Path folder) throws ConfigurationException, RunException {
    if (!Files.isDirectory(folder)) {
      throw new ConfigurationException(
          Setting.SHARD_RESULTS
              + " "
              + folder
              + " is no folder: download every shard job's report folder into it.");
    }
    try (Stream<Path> files = Files.walk(folder)) {
      return files
          .filter(f -> ResultsFile.isShardFileName(f.getFileName().toString()))
          .filter(Files::isRegularFile)
          .sorted()
          .toList();
    } catch (IOException e) {
      throw new RunException("Cannot list " + folder + ": " + e.getMessage(), e);
    }
  }

  private static ResultsFile.Contents read(Path file) throws ConfigurationException {
    try {
      return ResultsFile.read(file);
    } catch (IOException e) {
      throw unreadable(file, e);
    }
  }

  private static ConfigurationException unreadable(Path file, IOException e) {
    return new ConfigurationException(
        "Cannot read the shard results "
            + file
            + ": "
            + e.getMessage()
            + ". Download them again from the shard's job, or run that shard again.",
        e);
  }

  private static ConfigurationException changed(Path file, GoldenFile<?> golden, String why) {
    return new ConfigurationException(
        file
            + " was not made with the goldens in "
            + golden.path()
            + ": "
            + why
            + ". The goldens changed since the shards ran: run them again.");
  }

  private static ConfigurationException twice(Path file, String id) {
    return new ConfigurationException(
        "Sample '" + id + "' has results twice, once in " + file + ". Run the shards again.");
  }

  private static String names(List<Path> files) {
    return String.join(", ", files.stream().map(Path::toString).toList());
  }
}
