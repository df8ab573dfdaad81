import type { uploadsEn } from './messages.en.ts';

/** Texto de la interfaz en español: exactamente las mismas claves que messages.en.ts. */
export const uploadsEs: Record<keyof typeof uploadsEn, string> = {
  'editorial.upload.name.none': 'El archivo no tiene un nombre utilizable. Cámbiele el nombre (por ejemplo {example}) y súbalo de nuevo.',
  'editorial.upload.name.ext': 'El nombre de archivo «{name}» debe terminar en {wanted}.',
  'editorial.upload.name.hidden': 'El nombre de archivo «{name}» oculta su tipo real tras una segunda extensión (.{ext}). Solo se aceptan archivos {wanted}.',
  'editorial.upload.name.risky': 'El nombre de archivo «{name}» tiene una segunda extensión (.{ext}) que podría engañar a los lectores. Cámbiele el nombre y súbalo de nuevo.',
  'editorial.upload.name.base': 'El nombre de archivo «{name}» necesita un nombre antes de {wanted}.',
  'editorial.upload.name.control': 'El nombre de archivo «{name}» contiene caracteres de control (como saltos de línea). Cámbiele el nombre y súbalo de nuevo.',
  'editorial.upload.name.invisible': 'El nombre de archivo «{name}» contiene caracteres de formato invisibles (como marcas de dirección del texto) que pueden disfrazar su tipo real. Cámbiele el nombre y súbalo de nuevo.',
  'editorial.upload.name.path': 'El nombre de archivo «{name}» contiene una ruta de carpetas (/, \\ o ..). Suba el archivo con un nombre sencillo, por ejemplo {example}.',
  'editorial.upload.name.lookalike': 'El nombre de archivo «{name}» tiene una extensión (.{ext}) escrita con letras parecidas de otro alfabeto. Cámbiele el nombre usando letras normales y súbalo de nuevo.',
  'editorial.upload.empty.file': 'El archivo «{name}» está vacío. Vuelva a elegirlo.',
  'editorial.upload.empty.image': 'La imagen «{name}» está vacía. Vuelva a elegir el archivo.',
  'editorial.upload.large.file': 'El archivo ocupa {size}; lo máximo que se acepta es {max}.',
  'editorial.upload.large.image': 'La imagen ocupa {size}; lo máximo que se acepta es {max}.',
  'editorial.upload.large.body': 'Lo que intenta subir es demasiado grande: lo máximo que se acepta es {max}.',
  'editorial.upload.pdf.not': '«{name}» no es un PDF (su contenido no empieza como el de uno). Solo se pueden adjuntar archivos PDF.',
  'editorial.upload.pdf.password': '«{name}» no se puede abrir como PDF: está protegido con contraseña.',
  'editorial.upload.pdf.damaged': '«{name}» no se puede abrir como PDF: está dañado o no es realmente un PDF.',
  'editorial.upload.image.alt.required': 'Describa la imagen en el campo de texto alternativo: quienes no pueden verla oyen o leen ese texto.',
  'editorial.upload.image.alt.long': 'El texto alternativo debe tener como máximo 300 caracteres.',
  'editorial.upload.image.unreadable': '«{name}» no es una imagen que se pueda leer. Suba una imagen JPEG, PNG o WebP.',
  'editorial.upload.image.format': '«{name}» es un archivo {format}, no una imagen JPEG, PNG o WebP.',
  'editorial.upload.image.size': '«{name}» no tiene un tamaño legible.',
  'editorial.upload.image.pixels': '«{name}» mide {width}×{height} píxeles; lo máximo que se acepta son {max} megapíxeles.',
  'editorial.upload.image.resize': 'No se pudo cambiar el tamaño de «{name}»; puede estar dañada.',
};
