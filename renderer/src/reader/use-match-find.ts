// Find in a reader that shows its document as one text: what is looked for, how many matches the
// reader found, and which of them is shown.
import { useState } from 'react';

export function useMatchFind() {
  const [findText, setFindText] = useState('');
  const [active, setActive] = useState(0);
  const [findCount, setFindCount] = useState(0);
  const findBar = {
    value: findText,
    count: findCount,
    active,
    onChange: setFindText,
    onActive: setActive,
  };
  return { findText, active, setFindCount, findBar };
}
