package org.spinerad.ris.internal.orders;

import java.lang.System.Logger.Level;
import java.util.ArrayList;
import java.util.List;
import java.util.Objects;

import org.spinerad.ris.internal.ControlIds;
import org.spinerad.ris.internal.Hl7;
import org.spinerad.store.StoreException;

import ca.uhn.hl7v2.AcknowledgmentCode;
import ca.uhn.hl7v2.ErrorCode;
import ca.uhn.hl7v2.HL7Exception;
import ca.uhn.hl7v2.model.Message;
import ca.uhn.hl7v2.model.v251.message.ACK;
import ca.uhn.hl7v2.parser.PipeParser;
import ca.uhn.hl7v2.util.Terser;

/**
 * Turns one received HL7 v2 message into its acknowledgement: parses it with
 * HAPI, reads the order, applies it to the worklist and answers {@code AA};
 * {@code AE} with the reason in {@code MSA-3} and {@code ERR} when the content
 * is wrong or cannot be stored, {@code AR} for a message that is no HL7 or of a
 * type not taken. Messages are handled one at a time.
 */
public final class OrderHandler {

	private static final System.Logger LOG = System.getLogger(OrderHandler.class.getName());

	private final OrderReader reader;
	private final Worklist worklist;

	public OrderHandler(OrderReader reader, Worklist worklist) {
		this.reader = Objects.requireNonNull(reader);
		this.worklist = Objects.requireNonNull(worklist);
	}

	/** @return the acknowledgement of a message, encoded */
	public synchronized String handle(String text) {
		PipeParser parser = Hl7.lenient().getPipeParser();
		Message message;
		try {
			message = parser.parse(normalize(text));
		} catch (HL7Exception | RuntimeException e) {
			String reason = "the message cannot be read as HL7 v2 (" + e.getClass().getSimpleName()
					+ "); send an ORM^O01, OMI^O23 or ADT^A08 message with a valid MSH segment";
			LOG.log(Level.WARNING, "Order message unreadable: answered AR");
			return plainAck("AR", controlIdOf(text), reason);
		}
		String controlId = controlId(message);
		try {
			List<Order> orders = reader.read(message);
			List<String> outcomes = new ArrayList<>();
			for (Order order : orders) {
				outcomes.add(worklist.apply(order));
			}
			String outcome = String.join("; ", outcomes);
			LOG.log(Level.INFO, "Order message " + controlId + " (" + orders.get(0).action()
					+ (orders.size() > 1 ? " x" + orders.size() : "") + "): AA, " + outcome);
			return ack(message, AcknowledgmentCode.AA, null, outcome, controlId);
		} catch (OrderRejection e) {
			LOG.log(Level.WARNING, "Order message " + controlId + ": " + e.code() + ", " + e.getMessage());
			return ack(message, AcknowledgmentCode.valueOf(e.code()), e.error(), e.getMessage(), controlId);
		} catch (StoreException | RuntimeException e) {
			LOG.log(Level.ERROR, "Order message " + controlId + ": AE, the report store failed ("
					+ e.getClass().getSimpleName() + ")");
			return ack(message, AcknowledgmentCode.AE, ErrorCode.APPLICATION_INTERNAL_ERROR,
					"the worklist cannot be updated: the report store failed ("
					+ e.getClass().getSimpleName() + "); send the message again later", controlId);
		}
	}

	/** Segments end with carriage returns; a sender using line feeds is taken too. */
	private static String normalize(String text) {
		return text.strip().replace("\r\n", "\r").replace('\n', '\r');
	}

	private static String controlId(Message message) {
		try {
			String id = new Terser(message).get("/MSH-10");
			return id == null ? "" : id;
		} catch (HL7Exception e) {
			return "";
		}
	}

	private static String ack(Message message, AcknowledgmentCode code, ErrorCode error, String text,
			String controlId) {
		try {
			Message ack = error == null ? message.generateACK()
					: message.generateACK(code, new HL7Exception(text, error));
			Terser terser = new Terser(ack);
			terser.set("/MSH-10", ControlIds.next());
			terser.set("/MSA-3", text);
			return ack.encode();
		} catch (HL7Exception | java.io.IOException | RuntimeException e) {
			return plainAck(code.name(), controlId, text);
		}
	}

	/** @return an acknowledgement built without the received message (it could not be read) */
	static String plainAck(String code, String controlId, String text) {
		try {
			ACK ack = new ACK(Hl7.lenient().getModelClassFactory());
			ack.setParser(Hl7.lenient().getPipeParser());
			ack.initQuickstart("ACK", null, "P");
			ack.getMSH().getMessageControlID().setValue(ControlIds.next());
			ack.getMSA().getAcknowledgmentCode().setValue(code);
			ack.getMSA().getMessageControlID().setValue(controlId);
			ack.getMSA().getTextMessage().setValue(text);
			return ack.encode();
		} catch (HL7Exception | java.io.IOException e) {
			throw new IllegalStateException("an acknowledgement cannot be built", e);
		}
	}

	/** @return MSH-10 of a message HAPI could not read, or "" */
	static String controlIdOf(String text) {
		String msh = text.strip();
		int start = msh.indexOf("MSH");
		if (start < 0 || msh.length() < start + 4) {
			return "";
		}
		msh = msh.substring(start);
		int end = msh.indexOf('\r');
		if (end < 0) {
			end = msh.indexOf('\n');
		}
		String line = end < 0 ? msh : msh.substring(0, end);
		String separator = String.valueOf(line.charAt(3));
		String[] fields = line.split(java.util.regex.Pattern.quote(separator), -1);
		// fields[0] is "MSH", fields[1] the encoding characters: MSH-n is fields[n - 1]
		return fields.length > 9 ? fields[9].strip() : "";
	}
}
