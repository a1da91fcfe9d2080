package bedrock.api.spec;

import bedrock.api.BedrockException;
import java.util.AbstractList;
import java.util.ArrayList;
import java.util.Collection;
import java.util.HashSet;
import java.util.List;
import java.util.Objects;
import java.util.Optional;
import java.util.RandomAccess;
import java.util.Set;

/**
 * A list of named spec items whose names are unique, like Python's {@code SpecListDecorator}.
 * Items are looked up by index ({@link #get(int)}) or by name ({@link #get(String)}).
 *
 * <p>Adding or setting an item whose name is already used by another item throws a
 * {@link BedrockException} and leaves the list unchanged; {@code null} items are rejected with a
 * {@link NullPointerException}. {@link #contains(Object)}, {@link #indexOf(Object)} and
 * {@link #remove(Object)} given a {@link String} work by name, otherwise by equality.
 *
 * <p>Example:
 * <pre>{@code
 * SpecList<PoolSpec> pools = spec.margo().argobots().pools();
 * pools.add(new PoolSpec("p1"));
 * PoolSpec p1 = pools.get("p1");
 * pools.add(new PoolSpec("p1"));   // throws BedrockException: duplicate name
 * }</pre>
 *
 * @param <T> the item type
 */
public final class SpecList<T extends NamedSpec> extends AbstractList<T> implements RandomAccess {

    private final String what;
    private final List<T> items = new ArrayList<>();

    SpecList(String what) {
        this.what = what;
    }

    /**
     * Returns the item at {@code index}.
     *
     * @param index a position, 0 ≤ index &lt; size()
     * @return the item
     * @throws IndexOutOfBoundsException when the index is out of range
     */
    @Override
    public T get(int index) {
        return items.get(index);
    }

    /**
     * Returns the item named {@code name}.
     *
     * @param name an item name
     * @return the item
     * @throws BedrockException when no item has that name
     */
    public T get(String name) {
        return find(name).orElseThrow(() -> new BedrockException(
                "No " + what + " named " + Json.quote(name)));
    }

    /**
     * Looks up the item named {@code name}.
     *
     * @param name an item name, may be {@code null} (then nothing is found)
     * @return the item, or empty when no item has that name
     */
    public Optional<T> find(String name) {
        for (T item : items) {
            if (item.name().equals(name)) {
                return Optional.of(item);
            }
        }
        return Optional.empty();
    }

    /**
     * Returns the names of the items, in order.
     *
     * @return a new list of names
     */
    public List<String> names() {
        List<String> names = new ArrayList<>();
        for (T item : items) {
            names.add(item.name());
        }
        return names;
    }

    @Override
    public int size() {
        return items.size();
    }

    /**
     * Inserts {@code item} at {@code index}.
     *
     * @throws BedrockException when another item already has the same name
     * @throws NullPointerException when {@code item} is {@code null}
     */
    @Override
    public void add(int index, T item) {
        checkNew(item, -1);
        items.add(index, item);
        modCount++;
    }

    /**
     * Replaces the item at {@code index}.
     *
     * @throws BedrockException when another item already has the same name
     * @throws NullPointerException when {@code item} is {@code null}
     */
    @Override
    public T set(int index, T item) {
        Objects.checkIndex(index, items.size());
        checkNew(item, index);
        return items.set(index, item);
    }

    @Override
    public T remove(int index) {
        modCount++;
        return items.remove(index);
    }

    /**
     * Removes the item named {@code name}.
     *
     * @param name an item name
     * @return whether an item was removed
     */
    public boolean remove(String name) {
        int i = indexOf(name);
        if (i < 0) {
            return false;
        }
        remove(i);
        return true;
    }

    /** A {@link String} argument removes by name; anything else by equality. */
    @Override
    public boolean remove(Object o) {
        return o instanceof String ? remove((String) o) : super.remove(o);
    }

    /**
     * Tells whether an item has this name.
     *
     * @param name an item name
     * @return whether an item is named {@code name}
     */
    public boolean contains(String name) {
        return find(name).isPresent();
    }

    /** A {@link String} argument matches by name; anything else by equality. */
    @Override
    public boolean contains(Object o) {
        return o instanceof String ? contains((String) o) : super.contains(o);
    }

    /**
     * Returns the index of the item named {@code name}.
     *
     * @param name an item name
     * @return its index, or -1
     */
    public int indexOf(String name) {
        for (int i = 0; i < items.size(); i++) {
            if (items.get(i).name().equals(name)) {
                return i;
            }
        }
        return -1;
    }

    /** A {@link String} argument matches by name; anything else by equality. */
    @Override
    public int indexOf(Object o) {
        return o instanceof String ? indexOf((String) o) : super.indexOf(o);
    }

    /**
     * Appends all items, or none when one is {@code null} or any name would be duplicated.
     *
     * @throws BedrockException on a duplicate name (the list is unchanged)
     */
    @Override
    public boolean addAll(Collection<? extends T> more) {
        checkAll(more, names());
        items.addAll(more);
        modCount++;
        return !more.isEmpty();
    }

    /**
     * Replaces the whole content, or changes nothing when a name would be duplicated.
     *
     * @param all the new items, in order
     * @throws BedrockException on a duplicate name (the list is unchanged)
     */
    public void setAll(Collection<? extends T> all) {
        List<T> copy = new ArrayList<>(all);
        checkAll(copy, new ArrayList<>());
        items.clear();
        items.addAll(copy);
        modCount++;
    }

    @Override
    public void clear() {
        items.clear();
        modCount++;
    }

    private void checkAll(Collection<? extends T> more, List<String> existing) {
        Set<String> seen = new HashSet<>(existing);
        for (T item : more) {
            Objects.requireNonNull(item, what + " must not be null");
            if (!seen.add(item.name())) {
                throw duplicate(item.name());
            }
        }
    }

    private void checkNew(T item, int replacing) {
        Objects.requireNonNull(item, what + " must not be null");
        int i = indexOf(item.name());
        if (i >= 0 && i != replacing) {
            throw duplicate(item.name());
        }
    }

    private BedrockException duplicate(String name) {
        return new BedrockException("Duplicate " + what + " name " + Json.quote(name) + " ("
                + what + " names must be unique)");
    }

    /** Appends {@code item}, turning a duplicate-name error into one carrying {@code path}. */
    void addAt(T item, String path) {
        if (contains(item.name())) {
            throw new BedrockException(duplicate(item.name()).getMessage(), Json.child(path, "name"));
        }
        add(item);
    }
}
