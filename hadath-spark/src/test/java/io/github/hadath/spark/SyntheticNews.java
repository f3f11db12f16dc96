package io.github.hadath.spark;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;

/**
 * Arabic news sentences written for these tests: every combination of a few templates, cities,
 * organizations, countries and dates, so that hundreds of documents differ in their entities,
 * dates and events.
 */
final class SyntheticNews {

  private SyntheticNews() {}

  private static final String[] CITIES = {"مراكش", "الرباط", "القاهرة", "الدوحة", "تونس", "بيروت", "جنيف", "باريس"};
  private static final String[] COUNTRIES = {"المغرب", "مصر", "قطر", "فرنسا", "ألمانيا", "الأردن", "السعودية", "الجزائر"};
  private static final String[] ORGANIZATIONS = {
    "جامعة الدول العربية", "منظمة الصحة العالمية", "الاتحاد الأفريقي", "منظمة الأنتربول", "منظمة التجارة العالمية"
  };
  private static final String[] MONTHS = {"يناير", "مارس", "مايو", "يوليو", "سبتمبر", "نوفمبر"};
  private static final String[] TEMPLATES = {
    "تحتضن مدينة %1$s الدورة %5$d ل%3$s ما بين %6$d و%7$d %4$s 2025 بمشاركة وفود من %2$s و%8$s.",
    "استقبل الأمين العام ل%3$s في %1$s يوم %6$d %4$s 2024 وزير خارجية %2$s لبحث التعاون الأمني.",
    "أعلنت %3$s أن اجتماعها المقبل سينعقد في %1$s ب%2$s خلال شهر %4$s، بحضور ممثلين عن %8$s.",
    "وصل وفد من %2$s إلى %1$s أمس للمشاركة في مؤتمر %3$s حول مكافحة الجريمة الإلكترونية.",
  };

  /** {@code count} documents, each different from the others up to a few hundred. */
  static List<String> documents(int count) {
    List<String> documents = new ArrayList<>();
    for (int i = 0; i < count; i++) {
      String template = TEMPLATES[i % TEMPLATES.length];
      int day = 1 + (i * 7) % 25;
      documents.add(String.format(Locale.ROOT, template,
          CITIES[(i / TEMPLATES.length) % CITIES.length],
          COUNTRIES[(i / 3) % COUNTRIES.length],
          ORGANIZATIONS[(i / 5) % ORGANIZATIONS.length],
          MONTHS[(i / 2) % MONTHS.length],
          80 + i % 20,
          day,
          day + 3,
          COUNTRIES[(i / 3 + 1 + i % 5) % COUNTRIES.length]));
    }
    return documents;
  }
}
