"""Lists typed as text by users (tiles, product identifiers), shared by
the dock and the Processing algorithms."""


def split_list(text):
    """Items of a comma, semicolon, space or newline separated text."""
    for separator in ";\n\r\t ":
        text = text.replace(separator, ",")
    return [item.strip() for item in text.split(",") if item.strip()]
