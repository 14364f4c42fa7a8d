package io.github.khabar.pipeline;

import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.github.khabar.kb.KnowledgeBase;
import org.junit.jupiter.api.Test;

class TitleReferencesTest {
    private static final Gazetteer GAZETTEER = new Gazetteer(KnowledgeBase.defaults());

    @Test
    void aTitleListedAsAFormOfAnotherIsThatOffice() {
        assertTrue(TitleReferences.sameOffice(GAZETTEER, "العاهل الأردني", "ملك"));
        assertTrue(TitleReferences.sameOffice(GAZETTEER, "العاهل", "الملك"));
    }

    @Test
    void whatTheOfficeIsOfAndTheStateWordDoNotCount() {
        assertTrue(TitleReferences.sameOffice(GAZETTEER, "أمير قطر", "أمير البلاد"));
        assertTrue(TitleReferences.sameOffice(GAZETTEER, "العاهل الأردني في عمان", "ملك"));
        assertTrue(TitleReferences.sameOffice(GAZETTEER, "رئيس الوزراء الماليزي", "رئيس الوزراء"));
    }

    @Test
    void theFeminineIsTheSameOffice() {
        assertTrue(TitleReferences.sameOffice(GAZETTEER, "وزيرة الخارجية", "وزير الخارجية"));
    }

    @Test
    void otherOfficesDiffer() {
        assertFalse(TitleReferences.sameOffice(GAZETTEER, "وزير الخارجية", "وزير الدفاع"));
        assertFalse(TitleReferences.sameOffice(GAZETTEER, "رئيس الوزراء", "رئيس"));
        assertFalse(TitleReferences.sameOffice(GAZETTEER, "ولي العهد", "ملك"));
    }
}
