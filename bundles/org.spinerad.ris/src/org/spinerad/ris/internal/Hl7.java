package org.spinerad.ris.internal;

import ca.uhn.hl7v2.DefaultHapiContext;
import ca.uhn.hl7v2.HapiContext;
import ca.uhn.hl7v2.parser.CanonicalModelClassFactory;
import ca.uhn.hl7v2.parser.ParserConfiguration;
import ca.uhn.hl7v2.util.idgenerator.InMemoryIDGenerator;
import ca.uhn.hl7v2.validation.ValidationContext;
import ca.uhn.hl7v2.validation.impl.ValidationContextFactory;

/**
 * The HAPI contexts of the RIS export. Messages of any HL7 v2 version are read
 * with the v2.5.1 structures (only those are installed); escaping is
 * {@link StrictTextEscaping}; HAPI's own ids come from memory, never from its
 * default id file in the working directory.
 */
public final class Hl7 {

	/** The HL7 version of every message we send. */
	public static final String VERSION = "2.5.1";
	/** MSH-18, and the encoding of the bytes on the wire. */
	public static final String CHARACTER_SET = "UNICODE UTF-8";

	private Hl7() {
	}

	private static final class Holder {
		static final HapiContext BUILDING = create(ValidationContextFactory.defaultValidation());
		static final HapiContext LENIENT = create(ValidationContextFactory.noValidation());
	}

	private static HapiContext create(ValidationContext validation) {
		ParserConfiguration configuration = new ParserConfiguration();
		configuration.setEscaping(new StrictTextEscaping());
		configuration.setIdGenerator(new InMemoryIDGenerator());
		return new DefaultHapiContext(configuration, validation, new CanonicalModelClassFactory(VERSION));
	}

	/** @return the context for messages we build: HAPI's default validation of primitive values */
	public static HapiContext building() {
		return Holder.BUILDING;
	}

	/** @return the context for reading what others send (acknowledgements): no validation */
	public static HapiContext lenient() {
		return Holder.LENIENT;
	}
}
