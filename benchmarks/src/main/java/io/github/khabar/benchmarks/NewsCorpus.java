package io.github.khabar.benchmarks;

import io.github.khabar.model.Document;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.SplittableRandom;
import java.util.stream.Stream;

/**
 * Reproducible news-like Arabic articles for the benchmarks and the scale tests: a headline, a dateline and
 * 4–12 paragraphs of meeting, visit, call and statement sentences filled from templates with generated
 * people (given name + family name), offices, countries and cities, and dates around the publication day.
 * Everything comes from a {@link SplittableRandom} with a fixed seed, so the same arguments always give the
 * same text; nothing generated is committed. The names are combinations of common Arabic given names and
 * family names, not anyone in the seeds or the test articles.
 *
 * <p>{@code java -cp benchmarks.jar io.github.khabar.benchmarks.NewsCorpus DIR MEGABYTES [SEED]} writes
 * {@code DIR/gen-NNNNNNN.txt} files (UTF-8) until MEGABYTES of text are written: the recipe of the 1 GB
 * scale run in {@code benchmarks/README.md}.
 */
public final class NewsCorpus {
    /** Default seed; change it and every generated article changes. */
    public static final long SEED = 20250224L;

    private static final String[] GIVEN = {"محمد", "أحمد", "خالد", "عبد الله", "فيصل", "سعيد", "يوسف", "ناصر",
        "عمر", "حسن", "علي", "طارق", "سامي", "ماجد", "وليد", "كريم", "هشام", "عادل", "جمال", "رامي", "إبراهيم",
        "مصطفى", "زياد", "نبيل", "رشيد"};
    private static final String[] FAMILY = {"العمري", "الحسيني", "الزهراني", "القاسمي", "النعيمي", "البدري",
        "الخطيب", "الشامي", "الحلبي", "المصري", "الدوسري", "العبيدي", "الجبوري", "السعدي", "الكبيسي",
        "الفارسي", "النجار", "الحداد", "الصباغ", "المالكي"};
    /** country name, demonym (masculine), capital. */
    private static final String[][] COUNTRIES = {{"مصر", "المصري", "القاهرة"}, {"الأردن", "الأردني", "عمان"},
        {"السعودية", "السعودي", "الرياض"}, {"قطر", "القطري", "الدوحة"}, {"تركيا", "التركي", "أنقرة"},
        {"روسيا", "الروسي", "موسكو"}, {"فرنسا", "الفرنسي", "باريس"}, {"العراق", "العراقي", "بغداد"},
        {"لبنان", "اللبناني", "بيروت"}, {"المغرب", "المغربي", "الرباط"}, {"الجزائر", "الجزائري", "الجزائر"},
        {"تونس", "التونسي", "تونس"}, {"الكويت", "الكويتي", "الكويت"}, {"ألمانيا", "الألماني", "برلين"},
        {"الصين", "الصيني", "بكين"}, {"اليابان", "الياباني", "طوكيو"}};
    private static final String[] OFFICES = {"وزير الخارجية", "رئيس الوزراء", "وزير الدفاع", "وزير الاقتصاد",
        "الرئيس", "وزير الداخلية", "رئيس البرلمان", "المتحدث باسم الحكومة", "وزير الطاقة", "السفير"};
    private static final String[] AGENCIES = {"رويترز", "فرانس برس", "الأناضول", "وكالة الأنباء الرسمية"};
    private static final String[] DAYS = {"الأحد", "الإثنين", "الثلاثاء", "الأربعاء", "الخميس", "الجمعة", "السبت"};
    private static final String[] MONTHS = {"يناير", "فبراير", "مارس", "أبريل", "مايو", "يونيو", "يوليو",
        "أغسطس", "سبتمبر", "أكتوبر", "نوفمبر", "ديسمبر"};
    private static final String[] TOPICS = {"العلاقات الثنائية", "سبل تعزيز التعاون الاقتصادي",
        "التطورات الإقليمية", "الأوضاع الإنسانية", "ملف الطاقة", "التعاون الأمني", "الاستثمارات المشتركة",
        "قضايا الهجرة", "إعادة الإعمار", "التبادل التجاري"};
    private static final String[] WHEN = {"اليوم", "أمس", "مساء أمس", "صباح اليوم", "خلال الأسبوع الماضي"};

    private final SplittableRandom random;
    private final LocalDate published;

    private NewsCorpus(long seed, LocalDate published) {
        this.random = new SplittableRandom(seed);
        this.published = published;
    }

    /**
     * Articles of about {@code totalUtf8Bytes} UTF-8 bytes in all (the last one may go over), generated from
     * {@code seed}. Ids are {@code gen-0000000}, {@code gen-0000001}, ...; publication dates move one day
     * every ten articles from 2025-01-01.
     */
    public static List<Document> documents(long totalUtf8Bytes, long seed) {
        List<Document> out = new ArrayList<>();
        NewsCorpus g = new NewsCorpus(seed, LocalDate.of(2025, 1, 1));
        long bytes = 0;
        for (int i = 0; bytes < totalUtf8Bytes; i++) {
            Document d = g.document(i);
            bytes += d.text().getBytes(StandardCharsets.UTF_8).length;
            out.add(d);
        }
        return out;
    }

    /** A stream of generated articles (the same as {@link #documents}) without holding them all. */
    public static Stream<Document> stream(long seed) {
        NewsCorpus g = new NewsCorpus(seed, LocalDate.of(2025, 1, 1));
        return Stream.iterate(0, i -> i + 1).map(g::document);
    }

    /** Writes articles into {@code dir} until {@code totalUtf8Bytes}; returns how many files were written. */
    public static int write(Path dir, long totalUtf8Bytes, long seed) throws IOException {
        Files.createDirectories(dir);
        NewsCorpus g = new NewsCorpus(seed, LocalDate.of(2025, 1, 1));
        long bytes = 0;
        int i = 0;
        while (bytes < totalUtf8Bytes) {
            Document d = g.document(i++);
            byte[] b = d.text().getBytes(StandardCharsets.UTF_8);
            Files.write(dir.resolve(d.id() + ".txt"), b);
            bytes += b.length;
        }
        return i;
    }

    public static void main(String[] args) throws IOException {
        if (args.length < 2) {
            System.err.println("usage: NewsCorpus DIR MEGABYTES [SEED]");
            System.exit(2);
        }
        long seed = args.length > 2 ? Long.parseLong(args[2]) : SEED;
        long t0 = System.nanoTime();
        int n = write(Path.of(args[0]), Long.parseLong(args[1]) * 1_000_000L, seed);
        System.err.printf("%d articles written to %s in %.1f s%n", n, args[0], (System.nanoTime() - t0) / 1e9);
    }

    private Document document(int index) {
        LocalDate day = published.plusDays(index / 10);
        StringBuilder b = new StringBuilder(6_000);
        String[] c1 = pick(COUNTRIES);
        String[] c2 = other(c1);
        String p1 = person();
        String p2 = person();
        String o1 = pick(OFFICES);
        String o2 = pick(OFFICES);
        b.append(o1).append(' ').append(c1[1]).append(" يبحث مع نظيره ").append(c2[1]).append(' ')
                .append(pick(TOPICS)).append("\n\n");
        b.append(c1[2]).append(" - ").append(pick(AGENCIES)).append(": ");
        int paragraphs = 4 + random.nextInt(9);
        for (int p = 0; p < paragraphs; p++) {
            int sentences = 2 + random.nextInt(4);
            for (int s = 0; s < sentences; s++) {
                if (s > 0) b.append(' ');
                sentence(b, day, c1, c2, p1, p2, o1, o2);
            }
            b.append("\n\n");
            if (random.nextInt(3) == 0) {
                c2 = other(c1);
                p2 = person();
                o2 = pick(OFFICES);
            }
        }
        return Document.of(String.format("gen-%07d", index), b.toString(), day);
    }

    private void sentence(StringBuilder b, LocalDate day, String[] c1, String[] c2, String p1, String p2,
                          String o1, String o2) {
        switch (random.nextInt(9)) {
            case 0 -> b.append("استقبل ").append(o1).append(' ').append(c1[1]).append(' ').append(p1).append(' ')
                    .append(when(day)).append(" في ").append(c1[2]).append(' ').append(o2).append(' ').append(c2[1])
                    .append(' ').append(p2).append("، وبحث الجانبان ").append(pick(TOPICS)).append('.');
            case 1 -> b.append("وصل ").append(o2).append(' ').append(c2[1]).append(' ').append(p2).append(" إلى ")
                    .append(c1[2]).append(' ').append(when(day)).append(" في زيارة رسمية تستغرق ")
                    .append(2 + random.nextInt(3)).append(" أيام يلتقي خلالها كبار المسؤولين.");
            case 2 -> b.append("وقال ").append(p1).append(" في مؤتمر صحفي مشترك إن \"المحادثات كانت بناءة وتناولت ")
                    .append(pick(TOPICS)).append(" و").append(pick(TOPICS)).append("\".");
            case 3 -> b.append("وأجرى ").append(o1).append(' ').append(p1).append(" اتصالا هاتفيا ").append(when(day))
                    .append(" مع ").append(o2).append(' ').append(c2[1]).append(' ').append(p2)
                    .append(" تناول ").append(pick(TOPICS)).append('.');
            case 4 -> b.append("وأكد ").append(p2).append(" أن بلاده حريصة على ").append(pick(TOPICS))
                    .append(" مع ").append(c1[0]).append("، مشيرا إلى أهمية التنسيق المستمر بين البلدين.");
            case 5 -> b.append("ومن المقرر أن يتوجه ").append(p1).append(" إلى ").append(c2[2]).append(" يوم ")
                    .append(DAYS[day.plusDays(3).getDayOfWeek().getValue() % 7]).append(" المقبل لبحث ")
                    .append(pick(TOPICS)).append('.');
            case 6 -> b.append("والتقى ").append(p1).append(" في ").append(c1[2]).append(" في ").append(date(day))
                    .append(" وفدا من ").append(c2[0]).append(" برئاسة ").append(o2).append(' ').append(p2).append('.');
            case 7 -> b.append("وأعرب ").append(o2).append(' ').append(c2[1]).append(" عن تقديره للجهود التي تبذلها ")
                    .append(c1[0]).append(" في ").append(pick(TOPICS)).append('.');
            default -> b.append("وتشهد المنطقة منذ أشهر اتصالات مكثفة حول ").append(pick(TOPICS))
                    .append("، في ظل تحديات اقتصادية متزايدة وارتفاع أسعار الطاقة بنسبة ")
                    .append(1 + random.nextInt(40)).append(" في المئة.");
        }
    }

    private String when(LocalDate day) {
        return random.nextInt(3) == 0 ? "يوم " + DAYS[day.getDayOfWeek().getValue() % 7] : pick(WHEN);
    }

    private static String date(LocalDate d) {
        return d.getDayOfMonth() + " " + MONTHS[d.getMonthValue() - 1] + " " + d.getYear();
    }

    private String person() {
        return pick(GIVEN) + ' ' + pick(FAMILY);
    }

    private String[] other(String[] c) {
        String[] o;
        do {
            o = COUNTRIES[random.nextInt(COUNTRIES.length)];
        } while (o == c);
        return o;
    }

    private <T> T pick(T[] a) {
        return a[random.nextInt(a.length)];
    }
}
