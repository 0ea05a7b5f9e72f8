package dev.gloss.deck;

/** A named section of an entry, such as "How X Works". */
public record Detail(String heading, String text) {
    public Detail {
        heading = PlainText.clean(heading);
        text = PlainText.clean(text);
    }
}
