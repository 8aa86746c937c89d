package org.spinerad.model.internal.io;

import java.io.IOException;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import com.fasterxml.jackson.core.JsonLocation;
import com.fasterxml.jackson.core.JsonParser;
import com.fasterxml.jackson.core.JsonToken;

/**
 * A JSON document as a tree that remembers where each value stands (line and
 * column), so that a problem found while checking it against the model can be
 * located. Jackson's own tree forgets the locations.
 */
final class JsonTree {

	/** The kinds of JSON values. */
	enum Kind {
		OBJECT, ARRAY, STRING, INTEGER, DECIMAL, BOOLEAN, NULL
	}

	/** One value. */
	static final class Node {
		final Kind kind;
		final int line;
		final int column;
		/** The text of a string or number. */
		String text;
		/** The value of a number. */
		double number;
		/** Whether an integer fits a Java int. */
		boolean fitsInt;
		boolean bool;
		final Map<String, Node> fields = new LinkedHashMap<>();
		final List<Node> items = new ArrayList<>();

		Node(Kind kind, JsonLocation where) {
			this.kind = kind;
			this.line = where.getLineNr();
			this.column = where.getColumnNr();
		}

		/** @return the value in words, e.g. "a string", "the number 3", "null" */
		String describe() {
			return switch (kind) {
			case OBJECT -> "an object";
			case ARRAY -> "a list";
			case STRING -> "a string";
			case INTEGER, DECIMAL -> "the number " + StrictValues.clip(text);
			case BOOLEAN -> String.valueOf(bool);
			case NULL -> "null";
			};
		}
	}

	private JsonTree() {
	}

	/**
	 * Reads the value at the parser's current token.
	 *
	 * @throws IOException for syntax errors and Jackson's limits (nesting, lengths)
	 */
	static Node read(JsonParser parser) throws IOException {
		JsonToken token = parser.currentToken();
		JsonLocation where = parser.currentTokenLocation();
		switch (token) {
		case START_OBJECT -> {
			Node node = new Node(Kind.OBJECT, where);
			while (parser.nextToken() == JsonToken.FIELD_NAME) {
				String name = parser.currentName();
				parser.nextToken();
				node.fields.put(name, read(parser));
			}
			return node;
		}
		case START_ARRAY -> {
			Node node = new Node(Kind.ARRAY, where);
			while (parser.nextToken() != JsonToken.END_ARRAY) {
				node.items.add(read(parser));
			}
			return node;
		}
		case VALUE_STRING -> {
			Node node = new Node(Kind.STRING, where);
			node.text = parser.getText();
			return node;
		}
		case VALUE_NUMBER_INT -> {
			Node node = new Node(Kind.INTEGER, where);
			node.text = parser.getText();
			node.fitsInt = parser.getNumberType() == JsonParser.NumberType.INT;
			node.number = parser.getDoubleValue();
			return node;
		}
		case VALUE_NUMBER_FLOAT -> {
			Node node = new Node(Kind.DECIMAL, where);
			node.text = parser.getText();
			node.number = parser.getDoubleValue();
			return node;
		}
		case VALUE_TRUE, VALUE_FALSE -> {
			Node node = new Node(Kind.BOOLEAN, where);
			node.bool = token == JsonToken.VALUE_TRUE;
			return node;
		}
		case VALUE_NULL -> {
			return new Node(Kind.NULL, where);
		}
		default -> throw new IOException("unexpected JSON token " + token);
		}
	}
}
