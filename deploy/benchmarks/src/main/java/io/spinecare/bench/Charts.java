package io.spinecare.bench;

import java.io.IOException;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import org.jfree.chart.ChartFactory;
import org.jfree.chart.ChartUtils;
import org.jfree.chart.JFreeChart;
import org.jfree.chart.plot.PlotOrientation;
import org.jfree.data.category.DefaultCategoryDataset;

/** The report's PNG charts, drawn with JFreeChart. */
final class Charts {

    private Charts() {}

    static void throughput(Path file, List<Load.Result> results) throws IOException {
        DefaultCategoryDataset data = new DefaultCategoryDataset();
        results.forEach(r -> data.addValue(r.throughput(), "requests/s", r.name()));
        save(
                file,
                ChartFactory.createBarChart(
                        "Throughput per scenario",
                        null,
                        "requests per second",
                        data,
                        PlotOrientation.HORIZONTAL,
                        false,
                        false,
                        false));
    }

    static void latency(Path file, List<Load.Result> results) throws IOException {
        DefaultCategoryDataset data = new DefaultCategoryDataset();
        for (Load.Result r : results) {
            data.addValue(r.p50(), "p50", r.name());
            data.addValue(r.p90(), "p90", r.name());
            data.addValue(r.p99(), "p99", r.name());
        }
        save(
                file,
                ChartFactory.createBarChart(
                        "Latency percentiles per scenario",
                        null,
                        "milliseconds",
                        data,
                        PlotOrientation.HORIZONTAL,
                        true,
                        false,
                        false));
    }

    /** Relay lag percentiles against the number of stored appointments. */
    static void relayLag(Path file, Map<Integer, double[]> lagByStored) throws IOException {
        DefaultCategoryDataset data = new DefaultCategoryDataset();
        lagByStored.forEach((stored, lag) -> {
            data.addValue(lag[0], "p50", stored + " stored");
            data.addValue(lag[1], "p99", stored + " stored");
        });
        save(
                file,
                ChartFactory.createBarChart(
                        "Relay lag, booking answered -> Kafka record",
                        null,
                        "milliseconds",
                        data,
                        PlotOrientation.VERTICAL,
                        true,
                        false,
                        false));
    }

    private static void save(Path file, JFreeChart chart) throws IOException {
        ChartUtils.saveChartAsPNG(file.toFile(), chart, 1000, 520);
    }
}
