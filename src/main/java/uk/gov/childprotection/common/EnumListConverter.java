package uk.gov.childprotection.common;

import java.util.Arrays;
import java.util.List;
import java.util.stream.Collectors;

/** Stores a short list of enum values as one comma-separated column (agencies, categories, circumstances). */
public abstract class EnumListConverter<E extends Enum<E>>
        implements jakarta.persistence.AttributeConverter<List<E>, String> {

    private final Class<E> type;

    protected EnumListConverter(Class<E> type) {
        this.type = type;
    }

    @Override
    public String convertToDatabaseColumn(List<E> values) {
        return values == null || values.isEmpty() ? null
                : values.stream().map(Enum::name).collect(Collectors.joining(","));
    }

    @Override
    public List<E> convertToEntityAttribute(String column) {
        return column == null || column.isBlank() ? List.of()
                : Arrays.stream(column.split(",")).map(name -> Enum.valueOf(type, name.trim())).toList();
    }
}
