package io.github.predcheck.calibrate;

import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import io.github.predcheck.compare.Tolerance;
import io.github.predcheck.core.AtomicFile;
import io.github.predcheck.core.Log;
import io.github.predcheck.core.RunException;
import io.github.predcheck.core.Words;
import io.github.predcheck.json.Json;
import io.github.predcheck.report.Numbers;
import io.github.predcheck.report.TextTable;
import java.io.IOException;
import java.nio.file.Path;

/** A calibration on the console, and in {@code calibration.json} beside the other reports. */
public final class CalibrationReport {
  public static final String FILE_NAME = "calibration.json";

  private CalibrationReport() {}

  /** The summary line, one table row per output group, then the warnings. */
  public static void print(Calibration c, Log apiLog) {
    // Group names and causes come from the API: each line stays one line.
    Log log = Log.oneLine(apiLog);
    log.info(
        String.format(
            "predcheck calibrate [%s]: %s, %d calls each (the first one sample at a time, the"
                + " others %d at a time), %s (%.1f s)",
            c.executionId(),
            Words.count(c.samples(), "sample"),
            c.calls(),
            c.threads(),
            Words.count(c.errors(), "failed call"),
            c.millis() / 1000.0));
    TextTable table =
        new TextTable(
            "output", "values", "abs spread", "rel spread", "relative", "absolute", "why");
    for (Proposal p : c.proposals()) {
      table.add(
          p.group(),
          Long.toString(p.values()),
          Numbers.format(p.absoluteSpread()),
          Numbers.format(p.relativeSpread()),
          p.numeric() ? Proposal.text(p.proposed().relative()) : "-",
          p.numeric() ? Proposal.text(p.proposed().absolute()) : "-",
          p.why());
    }
    table.lines("  ").forEach(log::info);
    if (c.errors() > 0) {
      log.warn(
          Words.count(c.errors(), "call")
              + " failed and count in no spread, e.g. "
              + String.join("; ", c.errorExamples())
              + ". The proposal rests on the calls that were answered.");
    }
    for (GoldenDrift.Outside o : c.goldensOutside()) {
      log.warn(GoldenDrift.warning(c.executionId(), o));
    }
  }

  /** Writes {@code calibration.json} into {@code dir} at once; returns its path. */
  public static Path write(Calibration c, Path dir) throws RunException {
    ObjectNode root = Json.MAPPER.createObjectNode();
    root.put("execution", c.executionId());
    root.put("samples", c.samples());
    root.put("calls", c.calls());
    root.put("threads", c.threads());
    root.put("safetyFactor", c.safetyFactor());
    root.put("form", c.json() ? "json" : "csv");
    root.put("failedCalls", c.errors());
    ArrayNode groups = root.putArray("groups");
    for (Proposal p : c.proposals()) {
      ObjectNode g = groups.addObject();
      g.put("group", p.group());
      g.put("values", p.values());
      g.put("numbers", p.numbers());
      g.put("absoluteSpread", p.absoluteSpread());
      g.put("relativeSpread", p.relativeSpread());
      g.put("relativeSpreadSample", p.relativeSpreadAt());
      g.put("nearZeroSpread", p.nearZeroSpread());
      g.put("otherDifferences", p.otherDifferences());
      g.put("deterministic", p.choice() == Proposal.Choice.DETERMINISTIC);
      tolerance(g.putObject("configured"), p.configured());
      tolerance(g.putObject("proposed"), p.proposed());
      g.put("choice", p.choice().word());
      g.put("why", p.why());
    }
    ArrayNode outside = root.putArray("goldensOutsideSpread");
    for (GoldenDrift.Outside o : c.goldensOutside()) {
      ObjectNode g = outside.addObject();
      g.put("group", o.group());
      g.put("count", o.count());
      g.put("exampleSample", o.example().sampleId());
      g.put("golden", o.example().expected());
      g.put("answered", o.example().actual());
      g.put("relativeDifference", o.example().relError());
    }
    Path file = dir.resolve(FILE_NAME);
    try {
      AtomicFile.write(file, Json.pretty(root) + "\n");
    } catch (IOException e) {
      throw new RunException("Cannot write " + file + ": " + e.getMessage(), e);
    }
    return file;
  }

  private static void tolerance(ObjectNode node, Tolerance t) {
    node.put("absolute", t.absolute());
    node.put("relative", t.relative());
  }
}
