package dev.eventail.export.internal.validate;

import dev.eventail.export.ValidationFinding;
import dev.eventail.model.Severity;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.jspecify.annotations.Nullable;

/** Collects the findings of one run, capping each check's list so that a report stays legible. */
final class Findings {

    /** Beyond this many findings of one check in one file, one more says how many were left. */
    static final int CAP = 200;

    private final List<ValidationFinding> list = new ArrayList<>();
    private final Map<String, Integer> counts = new HashMap<>();

    void add(
            Severity severity,
            String check,
            String file,
            @Nullable String subject,
            String message) {
        String key = file + '\u0000' + check + '\u0000' + severity;
        int n = counts.merge(key, 1, Integer::sum);
        if (n <= CAP) list.add(new ValidationFinding(severity, check, file, subject, message));
    }

    void error(String check, String file, @Nullable String subject, String message) {
        add(Severity.ERROR, check, file, subject, message);
    }

    void checked(String file, String message) {
        add(Severity.INFO, "checked", file, null, message);
    }

    List<ValidationFinding> sorted() {
        List<ValidationFinding> out = new ArrayList<>(list);
        counts.forEach(
                (key, n) -> {
                    if (n > CAP) {
                        String[] k = key.split("\u0000");
                        out.add(
                                new ValidationFinding(
                                        Severity.valueOf(k[2]),
                                        k[1],
                                        k[0],
                                        null,
                                        (n - CAP) + " more finding(s) of this check not listed"));
                    }
                });
        out.sort(null);
        return List.copyOf(out);
    }
}
