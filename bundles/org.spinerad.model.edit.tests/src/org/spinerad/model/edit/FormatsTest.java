package org.spinerad.model.edit;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;

import org.junit.jupiter.api.Test;

/** Person names as people read them, from the DICOM form. */
class FormatsTest {

	@Test
	void dicomPersonNamesReadFamilyCommaGiven() {
		assertEquals("Moreau, Émile", Formats.personName("MOREAU^ÉMILE"));
		assertEquals("Moreau, Émile", Formats.personName("Moreau^Émile"));
		assertEquals("Müller-Lüdenscheidt, Jürgen Otto", Formats.personName("MÜLLER-LÜDENSCHEIDT^JÜRGEN^OTTO"));
		assertEquals("O'Neill, Mary, Jr", Formats.personName("O'NEILL^MARY^^DR^JR"));
		assertEquals("McDonald, Ian", Formats.personName("McDonald^Ian=マクドナルド^イアン"));
		assertEquals("Moreau", Formats.personName("MOREAU"));
		assertEquals("Émile", Formats.personName("^ÉMILE"));
		assertNull(Formats.personName("^^"));
		assertNull(Formats.personName(""));
		assertNull(Formats.personName(null));
	}
}
