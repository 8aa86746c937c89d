package org.spinerad.model.edit;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;

import org.junit.jupiter.api.Test;

/** Person names as people read them, from the DICOM form; lesion sizes as reports write them. */
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

	@Test
	void typedPersonNamesGoBackToTheDicomFormAndReadTheSame() {
		assertEquals("Moreau^Émile", Formats.dicomPersonName("Moreau, Émile"));
		assertEquals("Moreau^Émile", Formats.dicomPersonName("  Moreau ,  Émile "));
		assertEquals("O'Neill^Mary^^^Jr", Formats.dicomPersonName("O'Neill, Mary, Jr"));
		assertEquals("Müller-Lüdenscheidt^Jürgen Otto", Formats.dicomPersonName("Müller-Lüdenscheidt, Jürgen Otto"));
		assertEquals("Moreau", Formats.dicomPersonName("Moreau"));
		assertEquals("^Émile", Formats.dicomPersonName(", Émile"));
		assertEquals("MOREAU^ÉMILE", Formats.dicomPersonName("MOREAU^ÉMILE"), "the DICOM form is kept as typed");
		assertNull(Formats.dicomPersonName(" , "));
		assertNull(Formats.dicomPersonName(""));
		assertNull(Formats.dicomPersonName(null));
		for (String readable : new String[] { "Moreau, Émile", "O'Neill, Mary, Jr", "Müller-Lüdenscheidt, Jürgen Otto",
				"Moreau", "Émile" }) {
			String dicom = Formats.dicomPersonName(readable);
			assertEquals(readable, Formats.personName(dicom), dicom);
		}
	}

	@Test
	void dimensionsAreCentimetresTransverseFirstWithTheirAxes() {
		var f = org.spinerad.model.ReportFactory.eINSTANCE.createParaspinalFinding();
		assertNull(Formats.dimensions(f));
		f.setApMm(24.0);
		f.setTransverseMm(31.0);
		f.setCraniocaudalMm(56.0);
		assertEquals("3.1 x 2.4 x 5.6 cm (transverse x AP x craniocaudal)", Formats.dimensions(f));
		f.setApMm(30.0);
		f.setTransverseMm(45.0);
		f.setCraniocaudalMm(null);
		assertEquals("4.5 x 3.0 cm (transverse x AP)", Formats.dimensions(f));
	}

	@Test
	void aSingleDiameterIsCentimetresWithOneDecimal() {
		assertEquals("0.6 cm", Formats.diameter(6.0));
		assertEquals("1.3 cm", Formats.diameter(12.5));
		assertEquals("2.0 cm", Formats.diameter(20.0));
		assertNull(Formats.diameter(null));
	}
}
