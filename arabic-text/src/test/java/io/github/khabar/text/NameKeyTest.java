package io.github.khabar.text;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

class NameKeyTest {

    @ParameterizedTest(name = "{0} = {1}")
    @CsvSource({
        "نيبينزيا, نيبنزيا",
        "بوغدانوف, بوجدانوف",
        "لافروف, لاڤروڤ",
        "سيرغي, سيرجي",
        "سيرجي, سيرگي",
        "جون كيري, جون كيرى",
        "أحمد, احمد",
        "إيران, ايران",
        "الشيباني, شيباني",
        "فاطمة, فاطمه",
        "مصطفى, مصطفي",
        "عبد الله, عبدالله",
        "أبو ظبي, أبوظبي",
        "محمَّد, محمد",
        "بيـتـر, بيتر",
        "پوتين, بوتين",
        "ڤلاديمير, فلاديمير",
        "كيم جونغ أون, كيم جونج اون",
        "José Mújica, jose mujica",
        "عائشة, عايشة",
        "مسؤول, مسوول",
    })
    void variantsShareKeys(String a, String b) {
        assertEquals(NameKey.of(a), NameKey.of(b));
    }

    @ParameterizedTest(name = "{0} ≠ {1}")
    @CsvSource({
        "محمد, أحمد",
        "محمد, محمود",
        "حسن, حسين",
        "سلمان, سليمان",
        "كمال, جمال",
        "سعد, سعيد",
        "عمر, عمرو",
        "لافروف, لافرينتييف",
    })
    void differentNamesDoNotShareKeys(String a, String b) {
        assertNotEquals(NameKey.of(a), NameKey.of(b));
    }

    @Test
    void keyShape() {
        assertEquals("شيباني", NameKey.of("الشَّيبانيّ"));
        assertEquals("جون كيري", NameKey.of("  جون   كيري! "));
        assertEquals("", NameKey.of("«»"));
        assertEquals("تشيني", NameKey.of("چيني"));
        assertEquals("2025", NameKey.of("٢٠٢٥"));
    }

    @Test
    void similarityOrdersNearMissesAboveUnrelatedNames() {
        double typo = NameKey.similarity("ماكرون", "ماكرن");
        double vowel = NameKey.similarity("غوتيريش", "غوتيرش");
        double unrelated = NameKey.similarity("ماكرون", "عراقجي");
        assertEquals(1.0, NameKey.similarity("جون كيري", "جون كيرى"));
        assertTrue(typo > 0.8 && vowel > 0.8, typo + " " + vowel);
        assertTrue(unrelated < 0.4, String.valueOf(unrelated));
        assertTrue(NameKey.similarity("سيرغي لافروف", "سيرغي لافروفف") > NameKey.similarity("سيرغي لافروف",
                "سيرغي شويغو"));
        assertEquals(1.0, NameKey.similarity("", ""));
        assertEquals(0.0, NameKey.similarity("", "أحمد"));
    }
}
