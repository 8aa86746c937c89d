package org.spinerad.dicom;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.lang.reflect.Field;
import java.lang.reflect.Modifier;

import org.junit.jupiter.api.Test;

/** The tag constants and the dictionary agree. */
class DictionaryTest {

	@Test
	void everyTagConstantIsInTheDictionaryUnderItsName() throws Exception {
		int count = 0;
		for (Field f : Tag.class.getFields()) {
			if (f.getType() == int.class && Modifier.isStatic(f.getModifiers())) {
				int tag = f.getInt(null);
				if (Tag.group(tag) == 0xFFFE) {
					continue;
				}
				assertEquals(f.getName(), ElementDictionary.keywordOf(tag), Tag.toString(tag));
				assertEquals(tag, ElementDictionary.tagOf(f.getName()));
				count++;
			}
		}
		assertTrue(count > 100, "tags: " + count);
	}

	@Test
	void vrsOfUnknownTags() {
		assertEquals(VR.PN, ElementDictionary.vrOf(Tag.PatientName));
		assertEquals(VR.UL, ElementDictionary.vrOf(Tag.of(0x0010, 0x0000)));
		assertEquals(VR.LO, ElementDictionary.vrOf(Tag.of(0x0029, 0x0010)), "private creator");
		assertEquals(VR.UN, ElementDictionary.vrOf(Tag.of(0x0029, 0x1010)));
		assertEquals("(0010,0010) PatientName", Tag.describe(Tag.PatientName));
		assertEquals("(0029,1010)", Tag.describe(Tag.of(0x0029, 0x1010)));
	}

	@Test
	void uids() {
		String uid = UIDs.newUid();
		assertTrue(uid.startsWith("2.25.") && UIDs.isValid(uid) && uid.length() <= 64, uid);
		assertTrue(UIDs.isValid(UIDs.IMPLEMENTATION_CLASS_UID));
		assertEquals("2.25.0", UIDs.fromUuid(new java.util.UUID(0, 0)));
		assertTrue(!UIDs.isValid("1.02.3") && !UIDs.isValid("1..2") && !UIDs.isValid("1.2a"));
	}
}
