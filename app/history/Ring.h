#pragma once

#include <QtGlobal>

#include <algorithm>
#include <vector>

// A circular buffer that grows on demand up to a fixed maximum, so an empty history costs nothing
// and a full one costs exactly maxSize slots. Index 0 is the oldest element. The owner evicts with
// popFront() before pushing into a full ring: what to drop is the owner's policy, not the ring's.
template<typename T>
class Ring
{
public:
    explicit Ring(qsizetype maxSize)
        : m_maxSize(std::max<qsizetype>(maxSize, 1))
    {}

    qsizetype size() const { return m_size; }
    qsizetype maxSize() const { return m_maxSize; }
    bool isEmpty() const { return m_size == 0; }
    bool isFull() const { return m_size == m_maxSize; }

    const T& operator[](qsizetype i) const { return m_slots[slot(i)]; }
    T& operator[](qsizetype i) { return m_slots[slot(i)]; }
    const T& front() const { return (*this)[0]; }
    const T& back() const { return (*this)[m_size - 1]; }
    T& back() { return (*this)[m_size - 1]; }

    void pushBack(const T& value)
    {
        Q_ASSERT(!isFull());
        if (m_size == qsizetype(m_slots.size()))
            grow();
        m_slots[slot(m_size)] = value;
        ++m_size;
    }

    void popFront()
    {
        Q_ASSERT(m_size > 0);
        m_head = slot(1);
        --m_size;
    }

    void clear()
    {
        m_slots = std::vector<T>();
        m_head = 0;
        m_size = 0;
    }

    // Calls f on elements [first, last) in order, as at most two contiguous runs: the hot loop of
    // a decimation then has no wrap-around test per element.
    template<typename F>
    void forEach(qsizetype first, qsizetype last, F&& f) const
    {
        while (first < last) {
            const qsizetype start = slot(first);
            const qsizetype run = std::min<qsizetype>(last - first, qsizetype(m_slots.size()) - start);
            const T* p = m_slots.data() + start;
            for (qsizetype i = 0; i < run; ++i)
                f(p[i]);
            first += run;
        }
    }

    qsizetype allocatedBytes() const { return qsizetype(m_slots.capacity() * sizeof(T)); }

private:
    qsizetype slot(qsizetype i) const
    {
        const qsizetype j = m_head + i;
        const qsizetype n = qsizetype(m_slots.size());
        return j >= n ? j - n : j;
    }

    // Grows by half (not double) so the last step before maxSize wastes at most a third.
    void grow()
    {
        const qsizetype current = qsizetype(m_slots.size());
        const qsizetype wanted = std::min(m_maxSize, std::max<qsizetype>(64, current + current / 2));
        std::vector<T> bigger;
        bigger.reserve(size_t(wanted));
        for (qsizetype i = 0; i < m_size; ++i)
            bigger.push_back(m_slots[slot(i)]);
        bigger.resize(size_t(wanted));
        m_slots = std::move(bigger);
        m_head = 0;
    }

    std::vector<T> m_slots;
    qsizetype m_head = 0;
    qsizetype m_size = 0;
    qsizetype m_maxSize;
};
